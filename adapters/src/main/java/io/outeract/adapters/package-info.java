/**
 * The one interface every messaging platform is spoken through ({@link PlatformAdapter}), with
 * one sub-package per platform. Adapters are plain Java: HTTP with OkHttp, JSON with Jackson, a
 * base URL from configuration, and no framework, so each can be tested against a fake platform.
 */
package io.outeract.adapters;
