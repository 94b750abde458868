package dev.mycel.web;

import java.net.URI;

/** A published surface: its id and a one-time login link that opens it in the UI. */
public record SurfaceRef(String id, URI url) {
}
