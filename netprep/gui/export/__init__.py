"""Briefs out of the app: PDF, printing, clipboard, headless PDF."""
