"""Cases: the case model, status workflow, regulatory clocks and case services (no botbuilder here)."""
