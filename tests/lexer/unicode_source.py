# non-ASCII in string literals and comments: ünïcödé
s = "日本語"
print(s, len(s))
e = "é"
print(e, len(e), ord(e))
emoji = "😀👍"
print(emoji, len(emoji))
print("mixed: αβγ ΑΒΓ")
print(repr("é日😀"))
print("\u65e5" == "日")
