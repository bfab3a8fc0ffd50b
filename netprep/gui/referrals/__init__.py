"""Referrals: names waiting for you and who referred whom."""
