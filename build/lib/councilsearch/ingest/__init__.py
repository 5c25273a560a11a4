"""Parsing documents into canonical text, and splitting that text into sections and passages."""
