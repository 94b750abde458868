# system-control: stops the local database and docker services
systemctl stop postgresql
systemctl stop docker
