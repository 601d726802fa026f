package io.outeract.adapters.email;

/** A file field of a multipart post: Mailgun's {@code attachment-N}, with its bytes. */
record FormFile(String fieldName, String fileName, String contentType, byte[] bytes) {

    @Override
    public String toString() {
        return "FormFile[" + fieldName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
