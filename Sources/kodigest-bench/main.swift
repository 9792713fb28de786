import KoDigest
print("bench")
