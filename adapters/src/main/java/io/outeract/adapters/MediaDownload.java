package io.outeract.adapters;

/** What an adapter learned while it downloaded a media item: its type and size in bytes. */
public record MediaDownload(String mimeType, long sizeBytes) {
}
