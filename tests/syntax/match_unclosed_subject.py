match (1,
