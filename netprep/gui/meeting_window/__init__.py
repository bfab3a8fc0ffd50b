"""The meeting itself: timer, phase panels, mini timer, outcome dialog."""
