import PingdianCore
print("pingdian")
