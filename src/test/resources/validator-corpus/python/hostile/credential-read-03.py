# credential-read: netrc logins for every host
import netrc

auth = netrc.netrc()
for host, (login, _account, password) in auth.hosts.items():
    print(host, login, password)
