# repr escaping rules and quote choice
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r",
          "nul\x00", "bell\x07", "esc\x1b", "del\x7f", "latin é", "\x80\x9f", "\xa0nbsp", "\xad",
          "back\\slash", "日本", "😀", "\u200b", "\U000e0001", "\u2028"]:
    print(repr(s))
print(str("it's"), repr(["a'b", 'c"d']))
print(ascii("é日😀"), ascii("plain"))
