"""Extraction stages: from an analysed natasha Doc to svodka records."""
