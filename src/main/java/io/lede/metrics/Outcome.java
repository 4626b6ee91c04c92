package io.lede.metrics;

/** The {@code outcome} tag of a request's meters, from its HTTP status. */
enum Outcome {
    OK("ok"), CLIENT_ERROR("client_error"), ERROR("error");

    final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    static Outcome of(int status) {
        return status >= 500 ? ERROR : status >= 400 ? CLIENT_ERROR : OK;
    }
}
