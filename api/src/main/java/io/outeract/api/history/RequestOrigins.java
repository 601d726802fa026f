package io.outeract.api.history;

import io.outeract.contract.common.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes where each request's work comes from, by its path, with an id of its own that the
 * answer names in {@code X-Request-Id}: an operator can follow one request into the history.
 */
@Component
class RequestOrigins extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        UUID requestId = UUID.randomUUID();
        RequestOrigin.begin(new RequestOrigin(sourceOf(request.getRequestURI()), requestId,
                null));
        response.setHeader("X-Request-Id", requestId.toString());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }

    private static String sourceOf(String path) {
        if (path.startsWith("/webhooks/")) {
            return RequestOrigin.WEBHOOK;
        }
        if (path.startsWith("/admin")) {
            return RequestOrigin.ADMIN_API;
        }
        return RequestOrigin.DEVELOPER_API;
    }
}
