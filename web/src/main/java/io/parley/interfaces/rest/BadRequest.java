package io.parley.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON of the expected shape: {@code 400} with a detail that names the field. */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String detail) {
        super(detail, null, false, false);
    }

    @Provider
    public static class Mapper implements ExceptionMapper<BadRequest> {
        @Override
        public Response toResponse(BadRequest e) {
            return Problem.of(400, "Bad Request", e.getMessage());
        }
    }
}
