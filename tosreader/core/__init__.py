"""Pure-Python core: document model, loaders, segmentation, rules, diff, history, export. No Qt here."""
