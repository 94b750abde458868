# privilege-escalation: sudo used to remove system logs
sudo rm -rf /var/log/journal/*
