"""The supervisor's own work, hosted by the 现场监督 workspace: 现场巡查, 卷宗评查 and the 差评 follow-up."""
