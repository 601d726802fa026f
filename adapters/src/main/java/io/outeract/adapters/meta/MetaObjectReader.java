package io.outeract.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.MalformedWebhookException;
import java.util.List;

/**
 * Reads the deliveries of one Meta webhook {@code object} ({@code whatsapp_business_account},
 * {@code page}, {@code instagram}) into items per account. Every entry, change and message is
 * read: none is dropped because it is not the first.
 */
public interface MetaObjectReader {

    /** The value of the body's {@code object} field that this reader reads. */
    String object();

    /**
     * @param root the whole body, already parsed and checked to be an object of this kind
     * @throws MalformedWebhookException when the body is not what Meta sends
     */
    List<AccountItems> read(JsonNode root);
}
