"""Guideline knowledge base: ingestion, full-text retrieval, answer extraction, feedback and expert flow.

Domain code only (no botbuilder imports). Entry point: `bot.knowledge.service.KnowledgeService`.
"""
