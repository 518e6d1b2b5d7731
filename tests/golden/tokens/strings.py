a = 'single' "double" '' ""
b = '''triple
single''' """triple
double"""
c = r'raw\n' R"raw\"" b'bytes' B"BYTES" rb'x' Rb'y' bR'z' BR"w" u'uni' U"UNI"
d = f'{a}' F"{b!r}" fr'{c}\n' Rf"{d:>10}" f'''{
    a + b
}'''
e = '\n\t\\\'\"\a\b\f\v\0\101\x41\u0041\U00000041'
f = 'line one \
continued'
g = "é ü 中文 🎉"
