"""The API's routers: search (search, figures, entities), documents, health, and the pages."""
