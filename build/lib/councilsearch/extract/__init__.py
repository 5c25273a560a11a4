"""Extraction over canonical document text: figures (money, percentages, counts, periods,
dates) and named entities. Every record carries exact character offsets into the text."""
