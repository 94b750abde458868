# dynamic-attribute: eval fetched from the builtins by a computed name
import builtins

fn = getattr(builtins, "ev" + "al")
fn("__import__('os').system('id')")
