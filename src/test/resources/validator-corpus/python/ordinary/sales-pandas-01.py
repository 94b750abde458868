# Summarises sales.csv with pandas: revenue per region and month, and the best products.
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["date"])
df["revenue"] = df["quantity"] * df["unit_price"]
df["month"] = df["date"].dt.to_period("M")

by_region = df.groupby("region")["revenue"].sum().sort_values(ascending=False)
by_month = df.pivot_table(index="month", columns="region", values="revenue", aggfunc="sum", fill_value=0)
top_products = df.groupby("product")["revenue"].sum().nlargest(5)

print("Revenue by region")
print(by_region.round(2).to_string())
print("\nRevenue by month")
print(by_month.round(0).to_string())
print("\nTop products")
print(top_products.round(2).to_string())

by_month.to_csv("revenue_by_month.csv")
print("\nwrote revenue_by_month.csv")
