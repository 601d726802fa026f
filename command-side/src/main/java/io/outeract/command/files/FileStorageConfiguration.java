package io.outeract.command.files;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Local file storage unless another {@link FileStorage} (a cloud bucket's) is configured. */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStorage.class)
    FileStorage localFileStorage(
            @Value("${outeract.files.directory:.outeract/files}") Path directory)
            throws IOException {
        return new LocalFileStorage(directory);
    }
}
