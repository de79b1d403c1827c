class CampaignError(ValueError):
    """A change the campaign does not allow, with a message a person can act on."""
