package dev.mycel.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.RpcError;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;

/**
 * Binds JSON params to a method's params record strictly: unknown fields, wrong types and
 * missing required values are -32602 with the field named, never a silent default.
 */
final class Params {
    private static final ObjectMapper STRICT = strictMapper();

    private Params() {
    }

    sealed interface Bound<T> {
        record Ok<T>(T value) implements Bound<T> {
        }

        record Bad<T>(RpcError error) implements Bound<T> {
        }
    }

    static <T> Bound<T> bind(JsonNode params, Class<T> type) {
        try {
            T value = STRICT.treeToValue(params, type);
            String missing = firstMissing(value);
            return missing == null ? new Bound.Ok<>(value) : bad("parameter '" + missing + "' is missing");
        } catch (UnrecognizedPropertyException e) {
            return bad("unknown parameter '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            return bad("parameter '" + path(e) + "' has the wrong type or is missing");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return bad("invalid parameters");
        }
    }

    /** Marks a params record component the caller may leave out; every other one is required. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Omittable {
    }

    private static String firstMissing(Object record) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.isAnnotationPresent(Omittable.class)) {
                continue;
            }
            try {
                if (c.getAccessor().invoke(record) == null) {
                    return c.getName();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("params record " + record.getClass().getName() + " is not readable", e);
            }
        }
        return null;
    }

    private static <T> Bound<T> bad(String message) {
        return new Bound.Bad<>(RpcError.of(ErrorCode.INVALID_PARAMS, message));
    }

    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }

    private static ObjectMapper strictMapper() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // ALLOW_COERCION_OF_SCALARS does not cover strings: without this 5 and true bind as "5" and "true"
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
