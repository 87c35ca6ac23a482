package io.connectdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConnectDeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConnectDeskApplication.class, args);
	}

}
