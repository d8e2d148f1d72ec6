"""The labeled CV set: fictional CVs generated deterministically, each with the profile it must yield."""
