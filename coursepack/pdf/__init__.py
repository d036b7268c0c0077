"""PDFs: joining segments, finishing, imposing, stamping copies."""
