package org.shuzhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.ApiTokens.IssuedToken;
import org.shuzhi.identity.ApiTokens.TokenInfo;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of bearer tokens: everyone lists, issues and revokes their own; holders of {@code USER_MANAGE} do the
 * same for the system accounts (API clients) in their scope. The token itself appears once, in the answer to
 * issuing it.
 */
@RestController
@RequestMapping(path = "/api/identity", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "令牌 Tokens", description = "接口令牌：签发（只显示一次）、查看、吊销 — API tokens: issue (shown once), list, revoke")
@ProblemResponses
class TokenApi {

    private final ApiTokens tokens;
    private final Callers callers;
    private final Clock clock;

    TokenApi(ApiTokens tokens, Callers callers, Clock clock) {
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * What a token is for and how long it lives: {@code expiresAt}, or else {@code validDays} from now — at most
     * the configured maximum ({@code shuzhi.identity.token-max-ttl}).
     */
    record TokenRequest(String name, Integer validDays, Instant expiresAt) {
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的令牌 My tokens", description = "不含令牌本身 — never the token text")
    List<TokenInfo> mine() {
        Caller me = callers.current();
        return tokens.list(me, me.username());
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "签发我的令牌 Issue a token for myself", description = "令牌只在此次响应中出现 — the token "
            + "appears only in this response")
    @ApiResponse(responseCode = "201", description = "已签发 Issued")
    ResponseEntity<IssuedToken> issueMine(@RequestBody TokenRequest request) {
        Caller me = callers.current();
        return issued(tokens.issue(me, me.username(), request.name(), ttl(request)));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "吊销令牌 Revoke a token", description = "自己的，或（需 USER_MANAGE）本辖区账号的 — one's own, "
            + "or (with USER_MANAGE) one of an account in scope")
    @ApiResponse(responseCode = "204", description = "已吊销 Revoked")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(callers.current(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users/{username}/tokens")
    @Operation(summary = "账号的令牌 An account's tokens", description = "需 USER_MANAGE — needs USER_MANAGE")
    List<TokenInfo> ofAccount(@PathVariable String username) {
        return tokens.list(callers.current(), username);
    }

    @PostMapping(path = "/users/{username}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "为系统账号签发令牌 Issue a token for a system account", description = "需 USER_MANAGE；只能为"
            + "本辖区的系统账号（接口客户端）签发 — needs USER_MANAGE; only for system accounts (API clients) in scope")
    @ApiResponse(responseCode = "201", description = "已签发 Issued")
    ResponseEntity<IssuedToken> issueFor(@PathVariable String username, @RequestBody TokenRequest request) {
        return issued(tokens.issue(callers.current(), username, request.name(), ttl(request)));
    }

    private Duration ttl(TokenRequest request) {
        if (request.expiresAt() != null) {
            return Duration.between(clock.instant(), request.expiresAt());
        }
        return request.validDays() == null ? null : Duration.ofDays(request.validDays());
    }

    private static ResponseEntity<IssuedToken> issued(IssuedToken token) {
        return ResponseEntity.status(HttpStatus.CREATED).body(token);
    }
}
