# caret markers under a subscript
data = {"users": [{"name": "ann"}]}
name = data["users"][0]["email"]
