# recursive-permissions: hands a shared folder to the current user
chown -R "$USER":"$USER" ./shared-data
