# f-string format specs: width, alignment, fill, precision, types
v = 1234.5678
i = 255
s = "abc"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:*^9}] [{s:->6}]")
print(f"[{i:10}] [{i:<10}] [{i:^10}] [{i:010}] [{i:+}] [{-i: }] [{i:=+8}]")
print(f"{v:.2f} {v:.0f} {v:10.1f}| {v:<12.3f}| {v:e} {v:.2e} {v:g}")
print(f"{v:,} {v:,.2f} {10**9:,} {10**9:_} {-1234567:,}")
print(f"{i:x} {i:X} {i:#x} {i:o} {i:#o} {i:b} {i:#b} {i:08b}")
print(f"{0.256:%} {0.256:.1%} {1:%} {-0.5:.0%}")
print(f"{65:c} {ord('A'):d} {True:d} {3:.2f} {7:e}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{1.5:+.3f} {-1.5:+.3f} {1.5: .3f}")
print(f"{123:>+8} {123:<+8}| {-123:^8}|")
print(f"{'x':0>5} {5:0<4} {5:x^5}")
print(f"{12345.678:>15,.2f}|")
print(f"{2**64:,d}")
print(f"{'trunc':.3}|{'pad':8.2}|")
