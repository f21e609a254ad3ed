"""Criteria review, Medical Director determination and continued-stay reviews (no Bot Framework imports)."""
