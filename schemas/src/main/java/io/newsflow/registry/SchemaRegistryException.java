package io.newsflow.registry;

/**
 * A Schema Registry request failed. {@link #httpStatus()} is the HTTP status (or {@link #UNREACHABLE} when no
 * response arrived), {@link #errorCode()} the Confluent {@code error_code} from the response body (or the
 * HTTP status when the body had none).
 */
public class SchemaRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@link #httpStatus()} when the registry could not be reached at all. */
    public static final int UNREACHABLE = -1;
    /** Confluent error code: the schema is incompatible with the subject's earlier versions. */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent error code: the subject does not exist. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent error code: the version does not exist. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent error code: no schema with that id. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent error code: the schema text is not a valid Avro schema. */
    public static final int INVALID_SCHEMA = 42201;
    /** Confluent error code: the compatibility level is not valid. */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** Confluent error code: the registry failed to store the request. */
    public static final int STORE_ERROR = 50001;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    /** The subject's compatibility level rejected the schema (HTTP 409). */
    public boolean isIncompatible() {
        return httpStatus == 409 || errorCode == INCOMPATIBLE_SCHEMA;
    }

    /** The registry could not be reached (no HTTP response). */
    public boolean isUnreachable() {
        return httpStatus == UNREACHABLE;
    }
}
