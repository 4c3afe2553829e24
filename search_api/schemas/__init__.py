"""Public request and response models of the JSON API, one module per resource (see ``base``)."""
