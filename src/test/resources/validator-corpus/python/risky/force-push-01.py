# force-push: squashes the branch and force-pushes it
import subprocess

subprocess.run(["git", "reset", "--soft", "origin/main"], check=True)
subprocess.run(["git", "commit", "-m", "Squashed feature"], check=True)
subprocess.run(["git", "push", "--force-with-lease", "origin", "HEAD"], check=True)
