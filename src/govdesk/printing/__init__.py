"""Notices rendered from templates to PDF (QTextDocument), with Code 128 barcodes and QR codes."""
