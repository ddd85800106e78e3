"""The validating parser behind ``catalog_loader``: JSON fragments in, a ``Catalog`` (or every problem) out.

Every check names the file, the item (code and name) and the field of what is wrong, in Chinese.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from govdesk.domain._catalog_fields import CatalogProblem, Ctx, Problems, join, type_name
from govdesk.domain.catalog import (
    DEFAULT_EXTENSION_DAYS,
    Bundle,
    Catalog,
    Department,
    Fee,
    ItemKind,
    Material,
    MaterialForm,
    OverdueRule,
    ServiceItem,
    SituationOption,
    SituationQuestion,
    TimeLimit,
    TimeUnit,
)
from govdesk.domain.codes import ITEM_TYPE

#: Materials that are the heart of an application and so can never be 容缺 (regulation 002 三 (三): only
#: "次要条件或手续" may be promised for later): identity documents and application forms.
NEVER_WAIVABLE_CODES = frozenset({"id_card", "agent_id_card", "passport", "residence_permit", "application_form"})

_FILE_KEYS = ("version", "departments", "common_materials", "items", "bundles")
_DEPARTMENT_KEYS = ("code", "name")
_ITEM_KEYS = (
    "code", "name", "department", "item_type", "kind", "statutory_limit", "promised_limit", "fee", "conditions",
    "questions", "materials", "result_name", "legal_basis", "guide_url", "commitment_days", "overdue_rule",
    "keywords", "extension_days", "extension_basis", "progress_sms",
)  # fmt: skip
_ITEM_REQUIRED = ("code", "name", "department", "item_type", "kind", "statutory_limit", "promised_limit")
_MATERIAL_KEYS = (
    "code", "name", "required", "forms", "copies", "waivable", "shared", "shared_source", "applies_when",
    "requirements",
)  # fmt: skip
_BUNDLE_KEYS = ("code", "name", "item_codes", "lead_department")

_UNIT_NAMES = {TimeUnit.WORKING_DAYS: "工作日", TimeUnit.NATURAL_DAYS: "自然日", TimeUnit.HOURS: "小时"}


class Parser:
    """Merges the fragments of one catalog and checks every rule (see ``resources/catalog/README.md``)."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        self.departments: dict[str, Department] = {}
        self.commons: dict[str, tuple[dict[str, Any], bool]] = {}  # code -> (raw, valid)

    def parse(self, fragments: Sequence[tuple[str, object]]) -> Catalog | None:
        tops: list[tuple[Ctx, dict[str, Any]]] = []
        versions: list[tuple[Ctx, str]] = []
        for name, data in fragments:
            ctx = Ctx(self.problems, name)
            top = ctx.obj(data, "", _FILE_KEYS)
            tops.append((ctx, top))
            if "version" in top:
                versions.append((ctx, ctx.text(top, "version", "", non_empty=True)))
        for ctx, top in tops:
            self._departments(ctx, top)
        for ctx, top in tops:
            self._commons(ctx, top)
        items: list[tuple[Ctx, ServiceItem]] = []
        seen_items: dict[str, str] = {}
        for ctx, top in tops:
            for i, raw in enumerate(ctx.array(top, "items", "")):
                item = self._item(ctx, raw, f"items[{i}]", seen_items)
                if item is not None:
                    items.append((ctx, item))
        self._check_shared_codes(items)
        bundles = [b for ctx, top in tops for b in self._bundles(ctx, top, seen_items)]
        if not versions:
            names = ", ".join(n for n, _ in fragments) or "（无文件）"
            self.problems.add(CatalogProblem(names, "没有任何文件给出目录版本 version", "version"))
        for ctx, _ in versions[1:]:
            ctx.err("version", f"目录版本只能在一个文件中给出（{versions[0][0].file} 已给出“{versions[0][1]}”）")
        if self.problems.items or not versions:
            return None
        return Catalog(version=versions[0][1], items=tuple(it for _, it in items), bundles=tuple(bundles))

    # --- departments and common materials ---------------------------------------------------------------------

    def _departments(self, ctx: Ctx, top: dict[str, Any]) -> None:
        for i, raw in enumerate(ctx.array(top, "departments", "")):
            path = f"departments[{i}]"
            d = ctx.obj(raw, path, _DEPARTMENT_KEYS, _DEPARTMENT_KEYS)
            code = ctx.text(d, "code", path, code=True)
            name = ctx.text(d, "name", path, non_empty=True)
            if not code:
                continue
            if code in self.departments:
                ctx.err(join(path, "code"), f"部门编码 {code} 重复")
            else:
                self.departments[code] = Department(code, name)

    def _commons(self, ctx: Ctx, top: dict[str, Any]) -> None:
        raw_all = top.get("common_materials", {})
        if not isinstance(raw_all, dict):
            ctx.err("common_materials", f"应为对象（材料编码 → 材料），实际为{type_name(raw_all)}")
            return
        for code, raw in raw_all.items():
            before = len(self.problems.items)
            mctx = Ctx(self.problems, ctx.file, "公共材料", code, raw.get("name", "") if isinstance(raw, dict) else "")
            allowed = tuple(k for k in _MATERIAL_KEYS if k not in ("code", "applies_when"))
            d = mctx.obj(raw, "", allowed, ("name",))
            if code in self.commons:
                mctx.err("", f"公共材料编码 {code} 重复")
            self._material_fields(mctx, {**d, "code": code}, "", questions={}, commitment_days=None)
            self.commons[code] = (d, len(self.problems.items) == before)

    # --- items ------------------------------------------------------------------------------------------------

    def _item(self, fctx: Ctx, raw: object, path: str, seen: dict[str, str]) -> ServiceItem | None:
        raw_d = raw if isinstance(raw, dict) else {}
        code0, name0 = raw_d.get("code", ""), raw_d.get("name", "")
        ctx = Ctx(self.problems, fctx.file, "事项", code0 if isinstance(code0, str) else "",
                   name0 if isinstance(name0, str) else "")  # fmt: skip
        if not isinstance(raw, dict):
            Ctx(self.problems, fctx.file).obj(raw, path, _ITEM_KEYS)
            return None
        before = len(self.problems.items)
        d = ctx.obj(raw, "", _ITEM_KEYS, _ITEM_REQUIRED)
        code = ctx.text(d, "code", "", code=True)
        if code in seen:
            ctx.err("code", f"事项编码重复（{seen[code]} 中已有同一编码的事项）")
        elif code:
            seen[code] = fctx.file
        name = ctx.text(d, "name", "", non_empty=True)
        dept_code = ctx.text(d, "department", "", non_empty=True)
        department = self.departments.get(dept_code)
        if department is None and dept_code:
            known = ", ".join(self.departments) or "（无）"
            ctx.err("department", f"部门 {dept_code} 未在任何文件的 departments 中定义（已定义：{known}）")
        item_type = ctx.text(d, "item_type", "", non_empty=True)
        if item_type and item_type not in ITEM_TYPE:
            known = "、".join(f"{c} {label}" for c, label in ITEM_TYPE.entries.items())
            ctx.err("item_type", f"事项类型代码“{item_type}”无效，可选：{known}")
        kind = ctx.choice(d, "kind", "", ItemKind, ItemKind.PROMISED)
        statutory = self._limit(ctx, d, "statutory_limit")
        promised = self._limit(ctx, d, "promised_limit")
        self._check_limits(ctx, kind, statutory, promised, present="promised_limit" in d)
        fee = self._fee(ctx, d)
        commitment_days = ctx.integer(d, "commitment_days", "", default=0)
        questions = self._questions(ctx, d)
        materials = self._materials(ctx, d, {q.key: q for q in questions}, commitment_days)
        guide_url = ctx.text(d, "guide_url", "")
        if guide_url and not guide_url.startswith(("https://", "http://")):
            ctx.err("guide_url", f"办事指南链接应以 http:// 或 https:// 开头：{guide_url}")
        item = ServiceItem(
            code=code,
            name=name,
            department=department or Department(dept_code, ""),
            item_type=item_type,
            kind=kind,
            statutory_limit=statutory,
            promised_limit=promised,
            fee=fee,
            conditions=ctx.texts(d, "conditions", ""),
            questions=questions,
            materials=materials,
            result_name=ctx.text(d, "result_name", ""),
            legal_basis=ctx.text(d, "legal_basis", ""),
            guide_url=guide_url,
            commitment_days=commitment_days,
            overdue_rule=ctx.choice(d, "overdue_rule", "", OverdueRule, OverdueRule.WITHHOLD),
            keywords=ctx.texts(d, "keywords", ""),
            extension_days=self._extension_days(ctx, d, kind),
            extension_basis=ctx.text(d, "extension_basis", ""),
            progress_sms=ctx.flag(d, "progress_sms", "", default=True),
        )
        return item if len(self.problems.items) == before else None

    def _limit(self, ctx: Ctx, d: dict[str, Any], key: str) -> TimeLimit:
        if key not in d:
            return TimeLimit(0)
        raw = ctx.obj(d[key], key, ("amount", "unit"), ("amount",))
        return TimeLimit(ctx.integer(raw, "amount", key), ctx.choice(raw, "unit", key, TimeUnit, TimeUnit.WORKING_DAYS))

    def _check_limits(
        self, ctx: Ctx, kind: ItemKind, statutory: TimeLimit, promised: TimeLimit, *, present: bool
    ) -> None:
        where = "promised_limit.amount"
        if kind is ItemKind.INSTANT and promised.amount != 0 and promised.unit is not TimeUnit.HOURS:
            ctx.err(where, f"即办件的承诺时限应为 0（当场办结）或以小时计，实际为 {promised.describe()}")
        if kind is ItemKind.PROMISED and promised.amount == 0 and present:
            ctx.err(where, "承诺件的承诺时限须大于 0（当场办结的事项应为即办件 instant）")
        if promised.amount == 0:
            return
        if promised.unit is statutory.unit:
            if promised.amount > statutory.amount:
                ctx.err(where, f"承诺时限 {promised.amount} 超过法定时限 {statutory.amount}")
        elif promised.unit is TimeUnit.HOURS:
            if promised.amount > statutory.amount * 24:
                ctx.err(where, f"承诺时限 {promised.amount} 小时超过法定时限 {statutory.describe()}")
        else:
            ctx.err(
                "promised_limit.unit",
                f"承诺时限以{_UNIT_NAMES[promised.unit]}计，法定时限以{_UNIT_NAMES[statutory.unit]}计，无法比较；请用同一单位",
            )

    def _extension_days(self, ctx: Ctx, d: dict[str, Any], kind: ItemKind) -> int:
        """延期办理: 《行政许可法》 art. 42 allows 10 working days (the default of a 承诺件); more needs the law or
        regulation that allows it (``extension_basis``); a 即办件 is done on the spot and has none by default."""
        default = DEFAULT_EXTENSION_DAYS if kind is ItemKind.PROMISED else 0
        days = ctx.integer(d, "extension_days", "", default=default)
        basis = d.get("extension_basis", "")
        if kind is ItemKind.INSTANT and days > 0:
            ctx.err("extension_days", f"即办件当场办结，不能延期；extension_days 应为 0，实际为 {days}")
        if days > DEFAULT_EXTENSION_DAYS and not (isinstance(basis, str) and basis.strip()):
            ctx.err(
                "extension_basis",
                f"延期 {days} 个工作日超过《行政许可法》第四十二条规定的 {DEFAULT_EXTENSION_DAYS} 个工作日，"
                "须写明允许的法律、法规（extension_basis）",
            )
        return days

    def _fee(self, ctx: Ctx, d: dict[str, Any]) -> Fee:
        if "fee" not in d:
            return Fee()
        raw = ctx.obj(d["fee"], "fee", ("amount_fen", "basis"))
        fee = Fee(ctx.integer(raw, "amount_fen", "fee"), ctx.text(raw, "basis", "fee"))
        if fee.amount_fen > 0 and not fee.basis.strip():
            # regulation 003, Art. 6: fees only as published, so a fee names its basis.
            ctx.err("fee.basis", "收费事项须写明收费依据")
        return fee

    def _questions(self, ctx: Ctx, d: dict[str, Any]) -> tuple[SituationQuestion, ...]:
        out: list[SituationQuestion] = []
        keys: set[str] = set()
        for i, raw in enumerate(ctx.array(d, "questions", "")):
            path = f"questions[{i}]"
            q = ctx.obj(raw, path, ("key", "text", "options", "default"), ("key", "text", "options", "default"))
            key = ctx.text(q, "key", path, code=True)
            if key in keys:
                ctx.err(join(path, "key"), f"情形问题 {key} 重复")
            keys.add(key)
            text = ctx.text(q, "text", path, non_empty=True)
            options: list[SituationOption] = []
            for j, raw_opt in enumerate(ctx.array(q, "options", path)):
                opath = f"{path}.options[{j}]"
                o = ctx.obj(raw_opt, opath, ("value", "label"), ("value", "label"))
                value = ctx.text(o, "value", opath, code=True)
                if value in {opt.value for opt in options}:
                    ctx.err(join(opath, "value"), f"选项 {value} 重复")
                options.append(SituationOption(value, ctx.text(o, "label", opath, non_empty=True)))
            if "options" in q and not options:
                ctx.err(join(path, "options"), "情形问题至少要有一个选项")
            default = ctx.text(q, "default", path, non_empty=True)
            if default and options and default not in {o.value for o in options}:
                allowed = ", ".join(o.value for o in options)
                ctx.err(join(path, "default"), f"默认答案“{default}”不是该问题的选项（可选：{allowed}）")
            out.append(SituationQuestion(key, text, tuple(options), default))
        return tuple(out)

    def _materials(
        self, ctx: Ctx, d: dict[str, Any], questions: dict[str, SituationQuestion], commitment_days: int
    ) -> tuple[Material, ...]:
        out: list[Material] = []
        codes: set[str] = set()
        for i, raw in enumerate(ctx.array(d, "materials", "")):
            path = f"materials[{i}]"
            if isinstance(raw, dict) and "ref" in raw:
                ref = raw["ref"]
                common = self.commons.get(ref) if isinstance(ref, str) else None
                if common is None:
                    known = ", ".join(self.commons) or "（无）"
                    ctx.err(join(path, "ref"), f"引用的公共材料“{ref}”不存在（已定义：{known}）")
                    continue
                over = ctx.obj({k: v for k, v in raw.items() if k != "ref"}, path,
                               [k for k in _MATERIAL_KEYS if k != "code"])  # fmt: skip
                if not common[1]:  # its own problems are listed once, under common_materials
                    continue
                raw = {**common[0], **over, "code": ref}
            else:
                raw = ctx.obj(raw, path, _MATERIAL_KEYS, ("code", "name"))
            m = self._material_fields(ctx, raw, path, questions, commitment_days)
            if m.code in codes:
                ctx.err(join(path, "code"), f"材料编码 {m.code} 在本事项中重复")
            codes.add(m.code)
            out.append(m)
        return tuple(out)

    def _material_fields(
        self, ctx: Ctx, d: dict[str, Any], path: str, questions: dict[str, SituationQuestion],
        commitment_days: int | None,
    ) -> Material:  # fmt: skip
        code = ctx.text(d, "code", path, code=True)
        forms: list[MaterialForm] = []
        for j, f in enumerate(ctx.array(d, "forms", path) if "forms" in d else ["original"]):
            try:
                form = MaterialForm(f)
            except ValueError:
                allowed = ", ".join(e.value for e in MaterialForm)
                ctx.err(f"{join(path, 'forms')}[{j}]", f"材料形式“{f}”无效，可选：{allowed}")
                continue
            if form in forms:
                ctx.err(f"{join(path, 'forms')}[{j}]", f"材料形式 {form} 重复")
            forms.append(form)
        if "forms" in d and not forms and isinstance(d["forms"], list) and not d["forms"]:
            ctx.err(join(path, "forms"), "至少要有一种材料形式（original/copy/electronic）")
        m = Material(
            code=code,
            name=ctx.text(d, "name", path, non_empty=True),
            required=ctx.flag(d, "required", path, default=True),
            forms=tuple(forms),
            copies=ctx.integer(d, "copies", path, default=1, minimum=1),
            waivable=ctx.flag(d, "waivable", path),
            shared=ctx.flag(d, "shared", path),
            shared_source=ctx.text(d, "shared_source", path),
            applies_when=self._applies_when(ctx, d, path, questions),
            requirements=ctx.text(d, "requirements", path),
        )
        if m.shared and not m.shared_source.strip():
            ctx.err(join(path, "shared_source"), "免提交（数据共享）的材料须写明共享来源，如“公安人口库”")
        if m.waivable and m.shared:
            ctx.err(join(path, "waivable"), "免提交的材料不会向申请人收取，不能同时设为容缺")
        if m.waivable and (code in NEVER_WAIVABLE_CODES or code.endswith("_form")):
            ctx.err(join(path, "waivable"), "身份证件和申请表是主要材料，不能容缺（只有次要材料可以容缺）")
        if m.waivable and commitment_days == 0:
            ctx.err(join(path, "waivable"), "本事项不允许容缺（commitment_days 为 0），材料不能设为可容缺")
        return m

    def _applies_when(
        self, ctx: Ctx, d: dict[str, Any], path: str, questions: dict[str, SituationQuestion]
    ) -> dict[str, tuple[str, ...]]:
        where = join(path, "applies_when")
        raw = d.get("applies_when", {})
        if not isinstance(raw, dict):
            ctx.err(where, f"应为对象（问题 → 答案列表），实际为{type_name(raw)}")
            return {}
        out: dict[str, tuple[str, ...]] = {}
        for key, values in raw.items():
            kpath = join(where, key)
            question = questions.get(key)
            if question is None:
                known = ", ".join(questions) or "（本事项没有情形问题）"
                ctx.err(kpath, f"情形问题“{key}”不存在（本事项的问题：{known}）")
                continue
            if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
                ctx.err(kpath, '应为非空的答案列表，如 ["agent"]')
                continue
            allowed = {o.value for o in question.options}
            for v in values:
                if v not in allowed:
                    ctx.err(
                        kpath, f"“{v}”不是问题 {key} 的选项（可选：{', '.join(o.value for o in question.options)}）"
                    )
            out[key] = tuple(values)
        return out

    # --- catalog-wide checks ----------------------------------------------------------------------------------

    def _check_shared_codes(self, items: Sequence[tuple[Ctx, ServiceItem]]) -> None:
        """One material code is one material everywhere: 一件事 share materials by code (regulation 000, Art. 28)."""
        first: dict[str, tuple[str, ServiceItem]] = {}
        for fctx, item in items:
            ctx = Ctx(self.problems, fctx.file, "事项", item.code, item.name)
            for i, m in enumerate(item.materials):
                seen = first.setdefault(m.code, (m.name, item))
                if seen[0] != m.name:
                    ctx.err(
                        f"materials[{i}].name",
                        f"材料编码 {m.code} 在事项 {seen[1].code}（{seen[1].name}）中名为“{seen[0]}”，"
                        f"此处为“{m.name}”；同一编码须是同一材料（一件事靠编码共享材料）",
                    )

    def _bundles(self, ctx: Ctx, top: dict[str, Any], items: dict[str, str]) -> list[Bundle]:
        out: list[Bundle] = []
        for i, raw in enumerate(ctx.array(top, "bundles", "")):
            path = f"bundles[{i}]"
            raw_d = raw if isinstance(raw, dict) else {}
            code0, name0 = raw_d.get("code", ""), raw_d.get("name", "")
            bctx = Ctx(self.problems, ctx.file, "一件事", code0 if isinstance(code0, str) else "",
                        name0 if isinstance(name0, str) else "")  # fmt: skip
            d = bctx.obj(raw, path, _BUNDLE_KEYS, ("code", "name", "item_codes"))
            code = bctx.text(d, "code", path, code=True)
            if code in {b.code for b in out}:
                bctx.err(join(path, "code"), f"一件事编码 {code} 重复")
            item_codes = bctx.texts(d, "item_codes", path)
            for j, c in enumerate(item_codes):
                if c not in items:
                    bctx.err(f"{path}.item_codes[{j}]", f"事项 {c} 不在目录中")
                if c in item_codes[:j]:
                    bctx.err(f"{path}.item_codes[{j}]", f"事项 {c} 重复")
            if "item_codes" in d and len(item_codes) < 2:
                bctx.err(join(path, "item_codes"), "一件事至少包含两个事项")
            lead = bctx.text(d, "lead_department", path)
            if lead and lead not in self.departments:
                bctx.err(join(path, "lead_department"), f"牵头部门 {lead} 未定义")
            out.append(Bundle(code, bctx.text(d, "name", path, non_empty=True), item_codes, lead))
        return out
