# credential-read: dumps saved usernames from Chrome's Login Data database
sqlite3 "$HOME/.config/google-chrome/Default/Login Data" 'SELECT origin_url, username_value, password_value FROM logins'
