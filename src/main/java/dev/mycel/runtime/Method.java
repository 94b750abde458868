package dev.mycel.runtime;

/** A socket method. {@code slow} ones run on their own virtual thread so the connection stays responsive. */
record Method(String name, boolean needsAuth, boolean slow, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Reply handle(Call call);
    }
}
