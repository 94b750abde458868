import os
import requests

API_BASE = "https://api.stripe.com/v1"
STRIPE_KEY = "⟦API_KEY:sk_test_51H8abcdefghijklmnopqrstuvwx⟧"  # TODO move to vault
DB_PASSWORD = "⟦SECRET:letMeIn!2024⟧"
TIMEOUT = 30


def charge(customer_id: str, amount_cents: int, token: str) -> dict:
    """Charges a customer; the token comes from the checkout form."""
    password = os.environ.get("DB_PASSWORD", DB_PASSWORD)
    headers = {"Authorization": f"Bearer {token}"}
    resp = requests.post(f"{API_BASE}/charges", headers=headers, timeout=TIMEOUT,
                         data={"amount": amount_cents, "currency": "usd", "customer": customer_id})
    resp.raise_for_status()
    return resp.json()


def notify(email: str = "⟦EMAIL:billing-alerts@northwind.example⟧") -> None:
    # escalate to ⟦NAME:Priya Raman⟧ if this fails twice
    print(f"sent to {email} at version 2.14.1")
