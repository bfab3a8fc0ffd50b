"""The brief's sections: self-summary, common ground, give-back, don't-ask and research gaps."""
